/** A row's menu: keyboard-usable (arrows, Escape), closes on outside click. */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem { label: string; testid: string; run(): void }

export function RowMenu({ label, items }: { label: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const away = (e: Event) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const onKey = (e: KeyboardEvent) => {
    const list = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') { setOpen(false); trigger.current?.focus(); e.preventDefault(); }
    if (e.key === 'ArrowDown') { list[(i + 1) % list.length]?.focus(); e.preventDefault(); }
    if (e.key === 'ArrowUp') { list[(i - 1 + list.length) % list.length]?.focus(); e.preventDefault(); }
  };
  return (
    <div class="menu" ref={root} onKeyDown={onKey}>
      <button type="button" ref={trigger} aria-haspopup="menu" aria-expanded={open} aria-label={label} data-testid="row-menu" onClick={() => setOpen(!open)}>⋯</button>
      {open && (
        <div role="menu" aria-label={label}>
          {items.map((it) => <button type="button" role="menuitem" data-testid={it.testid} onClick={() => { setOpen(false); trigger.current?.focus(); it.run(); }}>{it.label}</button>)}
        </div>
      )}
    </div>
  );
}
