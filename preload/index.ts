import { contextBridge, ipcRenderer } from 'electron';
import { createEventHub, eventChannelOf, EVENTS } from '../contract/events';
import { buildBridge, channelOf, METHODS } from '../contract/methods';

// Listening starts before the page's scripts run, so the link that started the app waits in the
// hub for the Dialer rather than being lost.
const events = createEventHub(EVENTS);
for (const event of EVENTS) ipcRenderer.on(eventChannelOf(event), (_message, payload: unknown) => events.deliver(event, payload));

// The renderer gets typed functions only: no ipcRenderer, no channels, no Node.
contextBridge.exposeInMainWorld(
  'switchboard',
  buildBridge(METHODS, (method, input) => ipcRenderer.invoke(channelOf(method), input), events.on),
);
