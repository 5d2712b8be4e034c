// Vite's `*?url` declaration does not match package paths ending in .wasm under bundler
// resolution, so the wasm binaries' URL imports are declared here.
declare module '*.wasm?url' {
  const url: string;
  export default url;
}
