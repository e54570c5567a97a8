import type { CommandSpec } from '../commandSpec';

export const houseStyleCommand: CommandSpec = {
  name: 'house-style',
  usage:
    'tickmark house-style WS [--firm TEXT] [--logo FILE|--no-logo] [--disclaimer TEXT] [--certification TEXT] [--disclosures-file FILE]',
  summary:
    "Set the workspace's house style, printed on every exported memo: the firm's name, its logo (PNG or SVG, stored in the workspace), the disclaimer, the analyst certification ({analyst} is the memo's author) and the Disclosures page. With no options, print it.",
  positionals: ['WS'],
  options: {
    firm: {
      type: 'string',
      help: "the firm's name (title block and running footer); empty removes it",
    },
    logo: { type: 'string', help: 'a PNG or SVG file, copied into the workspace' },
    'no-logo': { type: 'boolean', help: 'remove the logo' },
    disclaimer: {
      type: 'string',
      help: 'the small print at the end of every memo; empty removes it',
    },
    certification: {
      type: 'string',
      help: 'the analyst certification after the text ("standard" for the Reg AC style text); empty removes it',
    },
    'disclosures-file': {
      type: 'string',
      help: 'a text file for the Disclosures page (paragraphs separated by a blank line)',
    },
  },
  async run({ positionals: [ws], options, out }) {
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { getHouseStyle, setHouseStyle } = await import(
      '../../backend/houseStyle/houseStyleRepository'
    );
    const { houseStyleChange } = await import('../houseStyleChange');
    const { describeHouseStyle } = await import('../describeHouseStyle');
    const change = houseStyleChange(options);
    const style = await withWorkspace(
      ws!,
      ({ db }) =>
        Object.keys(change).length === 0 ? getHouseStyle(db) : setHouseStyle(db, change),
      Object.keys(change).length === 0 ? { readOnly: true } : {},
    );
    for (const line of describeHouseStyle(style)) out(line);
    return 0;
  },
};
