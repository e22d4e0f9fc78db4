import { useEffect } from 'react';
import { requestClip } from './commands';
import { preparePaste } from './sources';

/** Files, links or text dropped anywhere on the window, or pasted where nothing is being edited, are clipped. */
export function useDropToClip(): void {
  useEffect(() => {
    function onDragOver(event: DragEvent) {
      if (!event.dataTransfer) return;
      const types = [...event.dataTransfer.types];
      if (types.includes('Files') || types.includes('text/uri-list') || types.includes('text/html')) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
    }
    function onDrop(event: DragEvent) {
      const data = event.dataTransfer;
      if (!data || isInsideEditor(event.target)) return;
      const files = [...data.files];
      if (files.length > 0) {
        event.preventDefault();
        requestClip({ type: 'import', files });
        return;
      }
      const uri = data.getData('text/uri-list').split('\n').find((line) => line && !line.startsWith('#'));
      const html = data.getData('text/html');
      const text = uri ?? data.getData('text/plain');
      if (!html && !text) return;
      event.preventDefault();
      requestClip({ type: 'open-dialog', initial: preparePaste({ text, ...(html && !uri ? { html } : {}) }) });
    }
    function onPaste(event: ClipboardEvent) {
      if (!event.clipboardData || isEditable(event.target) || document.querySelector('dialog[open]')) return;
      const html = event.clipboardData.getData('text/html');
      const text = event.clipboardData.getData('text/plain');
      if (!html.trim() && !text.trim()) return;
      event.preventDefault();
      requestClip({ type: 'open-dialog', initial: preparePaste({ text, ...(html.trim() ? { html } : {}) }) });
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The notes editor takes its own drops (quotes dragged from the reader). */
function isInsideEditor(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[contenteditable="true"]') !== null;
}
