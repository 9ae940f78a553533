import { Box, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import {
  type BoardPosition,
  nudgePosition,
  quadrantCentres,
  type Recommendation,
  recommendationLabels,
  recommendElement,
} from '@trellis/core';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type { CoreElement } from '../../api/core-review';
import './core-board.css';

/** Quadrant tints and where each sits: valuable is up, systematizable is right. */
export const QUADRANTS: { key: Recommendation; color: string; top: boolean; right: boolean }[] = [
  { key: 'systematize_first', color: 'yellow', top: true, right: false },
  { key: 'scale', color: 'teal', top: true, right: true },
  { key: 'leave_behind', color: 'gray', top: false, right: false },
  { key: 'retest', color: 'blue', top: false, right: true },
];
/** A spot in the quadrant away from the elements already there, so chips moved by the control don't pile up. */
export function freeSpot(quadrant: Recommendation, others: (BoardPosition | null)[]): BoardPosition {
  const centre = quadrantCentres[quadrant];
  const sv = Math.sign(centre.value);
  const ss = Math.sign(centre.system);
  const candidates = [0.5, 0.3, 0.7].flatMap((v) =>
    [0.5, 0.25, 0.75].map((x) => ({ value: sv * v, system: ss * x })),
  );
  const taken = others.filter((p): p is BoardPosition => p !== null);
  const far = (c: BoardPosition) =>
    taken.every((p) => Math.abs(p.value - c.value) > 0.15 || Math.abs(p.system - c.system) > 0.45);
  return candidates.find(far) ?? centre;
}

export const quadrantColor = (r: Recommendation | null) =>
  QUADRANTS.find((q) => q.key === r)?.color ?? 'gray';

const fmt = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(2)}` : x.toFixed(2));

/** What the live region says after a move. */
export function describePlacement(name: string, p: BoardPosition): string {
  const { recommendation, borderline } = recommendElement(p);
  return `${name}: ${recommendationLabels[recommendation]} (valuable ${fmt(p.value)}, systematizable ${fmt(p.system)})${borderline ? ', close to an axis' : ''}.`;
}

interface BoardProps {
  elements: CoreElement[];
  canEdit: boolean;
  onMove: (element: CoreElement, position: BoardPosition) => void;
  announce: (message: string) => void;
}

const STEP = 0.1;
const KEYS: Record<string, [number, number]> = {
  ArrowUp: [STEP, 0],
  ArrowDown: [-STEP, 0],
  ArrowRight: [0, STEP],
  ArrowLeft: [0, -STEP],
};

/**
 * The 2×2 board. Drag an element with the pointer, or focus it and use the arrow keys (Shift for bigger
 * steps); a keyboard move is saved half a second after the last key, and every move is announced.
 */
export function CoreBoard({ elements, canEdit, onMove, announce }: BoardProps) {
  const board = useRef<HTMLDivElement>(null);
  // A move in progress, until the saved element (a newer version) comes back.
  const [moving, setMoving] = useState<Record<string, { p: BoardPosition; version: number }>>({});
  const drag = useRef<{ id: string; moved: boolean } | null>(null);
  const [dragPoint, setDragPoint] = useState<{ id: string; x: number; y: number } | null>(null);
  // An unplaced chip moves from the tray onto the board on its first key press: keep its focus.
  const keyboardFocus = useRef<string | null>(null);
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});

  const positionOf = (e: CoreElement) => {
    const m = moving[e.id];
    return m && m.version === e.version ? m.p : e.position;
  };
  const fromPointer = (event: PointerEvent): BoardPosition | null => {
    const rect = board.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return null;
    // Dropped off the board: no move.
    if (
      event.clientX < rect.left ||
      event.clientX > rect.right ||
      event.clientY < rect.top ||
      event.clientY > rect.bottom
    )
      return null;
    const system = ((event.clientX - rect.left) / rect.width) * 2 - 1;
    const value = 1 - ((event.clientY - rect.top) / rect.height) * 2;
    return nudgePosition(
      { value: Math.max(-1, Math.min(1, value)), system: Math.max(-1, Math.min(1, system)) },
      0,
      0,
    );
  };
  const finish = (element: CoreElement, position: BoardPosition) => {
    onMove(element, position);
    announce(describePlacement(element.name, position));
  };

  const handlers = (element: CoreElement) =>
    canEdit
      ? {
          onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
            if (event.button !== 0) return;
            event.preventDefault();
            event.currentTarget.setPointerCapture(event.pointerId);
            drag.current = { id: element.id, moved: false };
          },
          onPointerMove: (event: PointerEvent<HTMLButtonElement>) => {
            if (drag.current?.id !== element.id) return;
            drag.current.moved = true;
            // The chip follows the pointer in place (no remount), and lands on the board on release.
            setDragPoint({ id: element.id, x: event.clientX, y: event.clientY });
          },
          onPointerUp: (event: PointerEvent<HTMLButtonElement>) => {
            if (drag.current?.id !== element.id) return;
            const { moved } = drag.current;
            drag.current = null;
            setDragPoint(null);
            const p = moved ? fromPointer(event) : null;
            if (!p) return;
            setMoving((m) => ({ ...m, [element.id]: { p, version: element.version } }));
            finish(element, p);
          },
          onPointerCancel: () => {
            drag.current = null;
            setDragPoint(null);
          },
          onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
            const step = KEYS[event.key];
            if (!step) return;
            event.preventDefault();
            keyboardFocus.current = element.id;
            const factor = event.shiftKey ? 5 : 1;
            const p = nudgePosition(
              positionOf(element) ?? { value: 0, system: 0 },
              step[0] * factor,
              step[1] * factor,
            );
            setMoving((m) => ({ ...m, [element.id]: { p, version: element.version } }));
            announce(describePlacement(element.name, p));
            clearTimeout(timers.current[element.id]);
            timers.current[element.id] = setTimeout(() => onMove(element, p), 500);
          },
        }
      : {};

  const chip = (element: CoreElement, placed: BoardPosition | null) => {
    const rec = placed ? recommendElement(placed) : null;
    return (
      <Box
        key={element.id}
        component="button"
        type="button"
        className="core-chip"
        data-testid={`chip-${element.name}`}
        data-recommendation={rec?.recommendation ?? 'unplaced'}
        aria-describedby="core-board-help"
        ref={(node: HTMLButtonElement | null) => {
          // Only when focus was lost with the old node, never taking it from elsewhere.
          const lost = !document.activeElement || document.activeElement === document.body;
          if (node && lost && keyboardFocus.current === element.id) node.focus();
        }}
        style={{
          ...(dragPoint?.id === element.id
            ? {
                position: 'fixed',
                left: dragPoint.x,
                top: dragPoint.y,
                transform: 'translate(-50%, -50%)',
                zIndex: 10,
              }
            : placed
              ? {
                  position: 'absolute',
                  left: `${((placed.system + 1) / 2) * 100}%`,
                  top: `${((1 - placed.value) / 2) * 100}%`,
                  // Anchored proportionally, so a chip at an edge stays on the board instead of being cut off.
                  transform: `translate(-${((placed.system + 1) / 2) * 100}%, -${((1 - placed.value) / 2) * 100}%)`,
                }
              : {}),
          borderColor: `var(--mantine-color-${quadrantColor(rec?.recommendation ?? null)}-6)`,
          borderStyle: rec?.borderline ? 'dashed' : 'solid',
          cursor: canEdit ? 'grab' : 'default',
          touchAction: 'none',
        }}
        {...handlers(element)}
      >
        {element.name}
      </Box>
    );
  };

  const unplaced = elements.filter((e) => !positionOf(e));
  return (
    <Stack gap="xs">
      <VisuallyHidden id="core-board-help">
        {canEdit
          ? 'Drag to place, or use the arrow keys: up for more valuable, right for more systematizable; hold Shift for bigger steps.'
          : 'Placement on the sustainable-core board.'}
      </VisuallyHidden>
      <Box className="core-board-frame">
        <Text className="core-axis-y" size="sm" fw={600} c="dimmed" aria-hidden>
          <span>Works only under pilot conditions</span>
          <span>Fundamentally valuable</span>
        </Text>
        <Box ref={board} className="core-board" role="group" aria-label="Sustainable-core board">
          {QUADRANTS.map((q) => (
            <Box
              key={q.key}
              className="core-quadrant"
              style={{
                left: q.right ? '50%' : 0,
                top: q.top ? 0 : '50%',
                background: `light-dark(var(--mantine-color-${q.color}-0), color-mix(in srgb, var(--mantine-color-${q.color}-9) 25%, transparent))`,
              }}
            >
              <Text
                size="sm"
                fw={700}
                style={{
                  color: `var(--mantine-color-${q.color}-text)`,
                  [q.top ? 'top' : 'bottom']: 8,
                  [q.right ? 'right' : 'left']: 10,
                }}
                ta={q.right ? 'right' : 'left'}
                className="core-quadrant-label"
              >
                {recommendationLabels[q.key]}
              </Text>
            </Box>
          ))}
          <Box className="core-axis-line core-axis-line-x" aria-hidden />
          <Box className="core-axis-line core-axis-line-y" aria-hidden />
          {elements.map((e) => {
            const p = positionOf(e);
            return p ? chip(e, p) : null;
          })}
        </Box>
        <Group className="core-axis-x" justify="space-between" aria-hidden>
          <Text size="sm" fw={600} c="dimmed">
            ← Depends on heroic effort
          </Text>
          <Text size="sm" fw={600} c="dimmed">
            Systematizable →
          </Text>
        </Group>
      </Box>
      {unplaced.length > 0 && (
        <Paper withBorder p="sm" radius="md" role="group" aria-label="Not placed yet">
          <Text size="sm" fw={600} mb={6}>
            Not placed yet — drag onto the board, or focus and press an arrow key
          </Text>
          <Group gap="xs">{unplaced.map((e) => chip(e, null))}</Group>
        </Paper>
      )}
    </Stack>
  );
}
