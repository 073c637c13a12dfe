// A choice among options: a native <select> for a few, and past WINDOW_THRESHOLD a combobox that
// filters as one types and draws only the options in view. At 10,000 partitions the replication
// view's partition list has 1,000 options and a broker hosts 600 replicas: a <select> of that many
// is slow to open and no one scrolls it; one types "712" or "t3-4" instead (WAI-ARIA combobox with
// a listbox popup: arrows move, Enter picks, Escape gives up).
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { WINDOW_THRESHOLD } from './useWindowedList';
import { useT } from './useT';
import './optionPicker.css';

export interface PickerOption {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  label: string;
  testId: string;
  options: readonly PickerOption[];
  value: string;
  onPick(value: string): void;
}

/** An option row's height, px (optionPicker.css), and the rows drawn beyond the visible ones. */
const ROW = 26;
const VISIBLE = 10;
const OVERSCAN = 4;
/** The list's gap to the input and the least it keeps from the window's edge, px. */
const GAP = 2;
const EDGE = 8;

/**
 * Where the list fits in the window: under the input, or above it when there is more room there
 * than below and not enough below for what it shows; never taller than the room (a short window,
 * 640×400: the list would run past the bottom, over the playback bar, its last options out of
 * reach).
 */
export function placeList(
  input: { top: number; bottom: number },
  windowHeight: number,
  count: number,
): { up: boolean; maxHeight: number } {
  const want = Math.min(VISIBLE, count) * ROW + 2;
  const below = windowHeight - input.bottom - GAP - EDGE;
  const above = input.top - GAP - EDGE;
  const up = below < want && above > below;
  // (whole pixels: at a fractional height the list's last row, scrolled to, shows cut by a hair)
  const room = Math.floor(up ? above : below);
  return { up, maxHeight: Math.max(ROW + 2, Math.min(VISIBLE * ROW, room)) };
}

export function OptionPicker(props: Props) {
  const { id, label, testId, options, value, onPick } = props;
  if (options.length > WINDOW_THRESHOLD) return <SearchPicker {...props} />;
  return (
    <select
      id={id}
      aria-label={label}
      data-testid={testId}
      value={value}
      onChange={(e) => onPick(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** The options whose label holds every word of `query` (case aside), in their order. */
export function filterOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const text = o.label.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

function SearchPicker({ id, label, testId, options, value, onPick }: Props) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<{ up: boolean; maxHeight: number } | null>(null);
  const open = query !== null;
  const current = options.find((o) => o.value === value);
  const shown = useMemo(() => (open ? filterOptions(options, query) : []), [open, options, query]);

  const start = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const end = Math.min(shown.length, Math.ceil(scrollTop / ROW) + VISIBLE + OVERSCAN);

  // The active option stays in view as the arrows move it.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !open) return;
    const top = active * ROW;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW > list.scrollTop + list.clientHeight)
      list.scrollTop = top + ROW - list.clientHeight;
    setScrollTop(list.scrollTop);
  }, [active, open, shown]);

  // Placed when it opens, its options change, or the window resizes or scrolls under it.
  const count = shown.length;
  useLayoutEffect(() => {
    if (!open) return;
    const place = (e?: Event) => {
      if (e && e.target === listRef.current) return;
      const box = boxRef.current;
      if (!box) return;
      const next = placeList(box.getBoundingClientRect(), window.innerHeight, count);
      setRoom((r) => (r && r.up === next.up && r.maxHeight === next.maxHeight ? r : next));
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, count]);

  const openAt = (q: string) => {
    const list = q === '' ? options : filterOptions(options, q);
    setQuery(q);
    setActive(Math.max(0, q === '' ? list.findIndex((o) => o.value === value) : 0));
  };
  const close = () => {
    setQuery(null);
    setScrollTop(0);
  };
  const pick = (o: PickerOption | undefined) => {
    if (!o) return;
    close();
    if (o.value !== value) onPick(o.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openAt('');
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(Math.max(0, a + step), Math.max(0, last)));
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      if (!open) return;
      e.preventDefault();
      const step = e.key === 'PageDown' ? VISIBLE : -VISIBLE;
      setActive((a) => Math.min(Math.max(0, a + step), Math.max(0, last)));
    } else if (e.key === 'Enter') {
      if (!open) return;
      e.preventDefault();
      pick(shown[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div
      ref={boxRef}
      className={room?.up ? 'option-picker option-picker-up' : 'option-picker'}
      data-testid={testId}
      data-value={value}
    >
      <input
        id={id}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        data-testid={`${testId}-input`}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('picker.search', { count: options.length })}
        value={open ? query : (current?.label ?? '')}
        onFocus={(e) => {
          if (!open) openAt('');
          e.currentTarget.select();
        }}
        onClick={() => {
          if (!open) openAt('');
        }}
        onChange={(e) => openAt(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {open && shown.length > 0 && (
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          className="option-picker-list"
          data-testid={`${testId}-list`}
          data-count={shown.length}
          style={{ maxHeight: room?.maxHeight ?? VISIBLE * ROW }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          {/* (the spacing stands for the options not drawn: the list scrolls the whole height) */}
          <div
            role="none"
            style={{
              paddingTop: start * ROW,
              paddingBottom: Math.max(0, shown.length - end) * ROW,
            }}
          >
            {shown.slice(start, end).map((o, i) => (
              <div
                key={o.value}
                id={`${listId}-${start + i}`}
                role="option"
                aria-selected={o.value === value}
                aria-posinset={start + i + 1}
                aria-setsize={shown.length}
                data-value={o.value}
                className={start + i === active ? 'option-picker-active' : undefined}
                // (keeps the focus in the input, so its blur does not close the list first)
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(o)}
              >
                {o.label}
              </div>
            ))}
          </div>
        </div>
      )}
      {open && shown.length === 0 && (
        <div className="option-picker-none" role="status">
          {t('picker.none')}
        </div>
      )}
    </div>
  );
}
