const same = (s) => s;
export const plainPalette = { bold: same, dim: same, red: same, green: same, yellow: same, blue: same, cyan: same, magenta: same };
//# sourceMappingURL=formatter.js.map