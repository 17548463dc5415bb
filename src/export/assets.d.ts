// Vite's `?url` imports, typed here so the export layer does not need vite/client in the shared tsconfig.
declare module "*.woff?url" {
  const url: string;
  export default url;
}
