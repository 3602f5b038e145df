// A dialog shown modally: a native <dialog> opened with showModal(), so it sits in the top layer,
// above every sticky part of the screen whatever stacking context it is rendered in (the shipment
// editor's aside, under its sticky header), with the page behind it inert and Esc closing it.
// It is open while rendered: the parent renders it to open it and stops rendering it to close it.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

export function Modal({ labelledBy, onClose, testId, children }: { labelledBy: string; onClose(): void; testId?: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(e) => {
        // Closed by the parent (which stops rendering it), so that its state says closed too.
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
