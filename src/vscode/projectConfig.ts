// `.verity.json` is read the same way by the extension and the language server: see src/config.
export * from '../config/projectConfig';
