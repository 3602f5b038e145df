// A file dropped on a screen (the import wizard, Import orders): the page sees its bytes, not its path;
// the desktop app's preload gives the path (Electron's webUtils.getPathForFile). In a plain browser,
// or for something that is not a file on disk, there is none: `onNoPath` says so to the seller.
import { useState } from 'react';
import type { DragEvent } from 'react';
import { desktop } from './desktop';

export function useFileDrop(options: { onPath: (path: string) => void; onNoPath: () => void; disabled?: boolean }) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const dropped = e.dataTransfer.files[0];
      if (!dropped || options.disabled) return;
      const at = desktop?.pathForFile?.(dropped) ?? '';
      if (at) options.onPath(at);
      else options.onNoPath();
    },
  };
  return { dragging, dropProps };
}
