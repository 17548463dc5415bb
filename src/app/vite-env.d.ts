// Vite's client types: CSS and asset imports in the browser app.
/// <reference types="vite/client" />
