// opencc-js ships no types for its per-dictionary entry points.
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
