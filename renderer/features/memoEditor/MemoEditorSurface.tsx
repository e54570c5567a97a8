import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import type { MemoRecord } from '../../../shared/api/memoApi';
import type { Memo, MemoMeta } from '../../../shared/memo/memoTypes';
import { useApi } from '../../api/ApiContext';
import type { CalcStore } from '../../calc/createCalcStore';
import { useErrorCount } from '../../calc/useErrorCount';
import { useWarningCount } from '../../calc/useWarningCount';
import { goToProblem } from './goToProblem';
import { createEditorUi } from '../../editor/createEditorUi';
import { memoExtensions } from '../../editor/memoExtensions';
import { createMemoDocReader } from '../../editor/createMemoDocReader';
import { Toolbar } from '../../editor/toolbar/Toolbar';
import { EditorOverlays } from '../../editor/EditorOverlays';
import type { EditorStatus } from './editorStatus';
import { TitleBlock } from './TitleBlock';
import { ScenarioSwitcher } from './ScenarioSwitcher';
import { ConflictBanner } from './ConflictBanner';
import { useAutosave } from './useAutosave';
import { useOtherWindowSaves } from './useOtherWindowSaves';
import { sanitizePastedHtml } from '../../editor/sanitizePastedHtml';
import { focusOnOpen } from './focusOnOpen';

/** The loaded memo: toolbar, title block, the document, its popovers, and autosave. */
export function MemoEditorSurface({
  record,
  calc,
  onStatus,
}: {
  record: MemoRecord;
  calc: CalcStore;
  onStatus: (s: EditorStatus) => void;
}) {
  const api = useApi();
  const [ui] = useState(createEditorUi);
  const [meta, setMeta] = useState<MemoMeta>(record.memo.meta);
  const metaRef = useRef(meta);
  metaRef.current = meta;

  const editor = useEditor(
    {
      extensions: memoExtensions({ calc, ui }),
      content: record.memo.doc,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      // Focus on open: focusOnOpen below (not over a rename typed meanwhile).
      autofocus: false,
      editorProps: {
        transformPastedHTML: sanitizePastedHtml,
        attributes: {
          class: 'memo-doc',
          'aria-label': 'Memo text',
          'data-testid': 'memo-doc',
          spellcheck: 'true',
        },
      },
    },
    [],
  );

  const [readDoc] = useState(createMemoDocReader);
  const read = (): Memo => ({ meta: metaRef.current, doc: readDoc(editor.state.doc) });
  const { state, autosaver } = useAutosave({
    api,
    memoId: record.id,
    baseVersion: record.version,
    read,
  });

  useEffect(() => focusOnOpen(editor), [editor]);

  useEffect(() => {
    const onUpdate = () => autosaver.changed();
    const onBlur = () => void autosaver.flush();
    editor.on('update', onUpdate);
    editor.on('blur', onBlur);
    return () => {
      editor.off('update', onUpdate);
      editor.off('blur', onBlur);
    };
  }, [editor, autosaver]);

  // Another window's version replaces the text (not an undo step, not a change to save).
  const takeTheirs = (theirs: MemoRecord): void => {
    const doc = PMNode.fromJSON(editor.schema, theirs.memo.doc);
    const tr = editor.state.tr.replaceWith(0, editor.state.doc.content.size, doc.content);
    editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta('preventUpdate', true));
    setMeta(theirs.memo.meta);
    metaRef.current = theirs.memo.meta;
  };
  useOtherWindowSaves({ api, memoId: record.id, autosaver, onTheirs: takeTheirs });

  const errorCount = useErrorCount(calc);
  const warningCount = useWarningCount(calc);
  // Stale facts are judged against the memo's date (CALC.md §9).
  useEffect(() => calc.setMemoDate(meta.date), [calc, meta.date]);
  const scenario = useSyncExternalStore(
    (listener) => calc.subscribeScenarios(listener),
    () => calc.shownScenario(),
  );
  const report = useRef(onStatus);
  report.current = onStatus;
  useEffect(() => {
    report.current({
      ...state,
      errorCount,
      warningCount,
      scenario,
      goTo: (target) => void goToProblem(editor, target),
    });
  }, [state, errorCount, warningCount, scenario, editor]);

  return (
    <div className="memo-editor" data-testid="memo-editor" data-save-state={state.save}>
      <Toolbar editor={editor} ui={ui} end={<ScenarioSwitcher calc={calc} />} />
      {state.save === 'conflict' && (
        <ConflictBanner
          api={api}
          memoId={record.id}
          read={read}
          autosaver={autosaver}
          onTheirs={takeTheirs}
        />
      )}
      <div
        className="memo-scroll"
        onMouseDown={(event) => {
          // A click in the margin below the text puts the caret at its end.
          if (event.target === event.currentTarget) {
            event.preventDefault();
            editor.commands.focus('end');
          }
        }}
      >
        <article className="memo-page">
          <TitleBlock
            meta={meta}
            onChange={(next) => {
              setMeta(next);
              metaRef.current = next;
              autosaver.changed();
            }}
            onDone={() => editor.commands.focus('start')}
          />
          <EditorContent editor={editor} className="memo-content" />
        </article>
      </div>
      <EditorOverlays editor={editor} calc={calc} ui={ui} />
    </div>
  );
}
