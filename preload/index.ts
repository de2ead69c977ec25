import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, channelOf, METHODS } from '../contract/methods';

// The renderer gets typed functions only: no ipcRenderer, no channels, no Node.
contextBridge.exposeInMainWorld(
  'switchboard',
  buildBridge(METHODS, (method, input) => ipcRenderer.invoke(channelOf(method), input)),
);
