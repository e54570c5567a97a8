#!/usr/bin/env node
// Renders resources/icons/icon.svg (ours) to the icons electron-builder packs: icon.png (1024 px,
// Linux), icon.ico (Windows) and icon.icns (macOS). Run it after changing the SVG and commit the
// results; packaging itself needs no converter. @resvg/resvg-js renders, png2icons packs.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import png2icons from 'png2icons';

const dir = 'resources/icons';
const svg = readFileSync(`${dir}/icon.svg`, 'utf8');
const png = Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: 1024 } }).render().asPng());
writeFileSync(`${dir}/icon.png`, png);
const ico = png2icons.createICO(png, png2icons.BICUBIC, 0, false, true);
const icns = png2icons.createICNS(png, png2icons.BICUBIC, 0);
if (!ico || !icns) throw new Error('png2icons could not convert icon.png');
writeFileSync(`${dir}/icon.ico`, ico);
writeFileSync(`${dir}/icon.icns`, icns);
console.log(`icons: png ${png.length} B, ico ${ico.length} B, icns ${icns.length} B`);
