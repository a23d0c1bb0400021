// jsdiff 7 ships no type declarations; this declares the one function the CLI uses.
declare module 'diff' {
  export function createTwoFilesPatch(
    oldFileName: string, newFileName: string, oldStr: string, newStr: string,
    oldHeader?: string, newHeader?: string, options?: { context?: number },
  ): string;
}
