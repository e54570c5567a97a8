import type { HandlerName, ParsedArgsOf, ResultOf } from '../../../shared/api/contract';
import type { desktopApi } from '../../../shared/api/desktopApi';

export type Handler<K extends HandlerName> = (
  args: ParsedArgsOf<K>,
) => ResultOf<K> | Promise<ResultOf<K>>;

/** The handlers only the desktop app answers (native dialogs, the file manager): app/main registers them. */
export type DesktopHandlerName = keyof typeof desktopApi | 'links:pickFile';
/** Every handler of the contract the backend answers in every mode. */
export type BackendHandlerName = Exclude<HandlerName, DesktopHandlerName>;

/** Exactly the handlers `K`: one missing, or of the wrong type, fails compilation. */
export type HandlersOf<K extends HandlerName> = { [N in K]: Handler<N> };

/** Every backend handler of areas `P` (`AreaHandlers<'facts' | 'entities'>`). */
export type AreaHandlers<P extends string> = HandlersOf<
  Extract<BackendHandlerName, `${P}:${string}`>
>;

/** The backend's whole map, total over the contract: createBackend builds one of these. */
export type HandlerMap = HandlersOf<BackendHandlerName>;
