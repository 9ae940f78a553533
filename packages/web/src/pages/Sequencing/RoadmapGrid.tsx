import { Box, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { countNoun } from '@trellis/core';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type { PlanningRun } from '../../api/planning';
import { CELL_COLOR, formatPercent, type RoadmapState, runMonth, stepName } from './planning-format';
import './roadmap.css';

const NAME_WIDTH = 190;
/** "January 2027" → "Jan ’27". */
const shortMonth = (label: string) => `${label.slice(0, 3)} ’${label.slice(-2)}`;

/**
 * Units (rows) × months (columns): each unit's load ÷ capacity per month (colour by the unit's amber and
 * red thresholds, and the number), and under it the steps that load it as bars. A step moves with the
 * pointer (drag sideways) or the keyboard (focus it, ← and → by a month); every move is announced.
 */
export function RoadmapGrid({
  run,
  starts,
  state,
  onMove,
}: {
  run: PlanningRun;
  starts: Map<string, number>;
  state: RoadmapState;
  onMove: (stageId: string, month: number, how: 'pointer' | 'keyboard') => void;
}) {
  const grid = useRef<HTMLElement>(null);
  const drag = useRef<{ id: string; x: number; from: number } | null>(null);
  const [preview, setPreview] = useState<{ id: string; month: number } | null>(null);
  const months = run.months.length;
  const steps = new Map(run.steps.map((s) => [s.stageId, s]));
  const clamp = (id: string, m: number) => Math.max(0, Math.min(months - steps.get(id)!.durationMonths, m));
  const columnWidth = () => {
    const width = grid.current?.getBoundingClientRect().width ?? 0;
    return Math.max(1, (width - NAME_WIDTH) / months);
  };
  const monthAfterDrag = (event: PointerEvent) => {
    const d = drag.current!;
    return clamp(d.id, d.from + Math.round((event.clientX - d.x) / columnWidth()));
  };

  const barHandlers = (id: string) => ({
    onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
      if (event.button !== 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { id, x: event.clientX, from: starts.get(id)! };
    },
    onPointerMove: (event: PointerEvent<HTMLButtonElement>) => {
      if (drag.current?.id !== id) return;
      setPreview({ id, month: monthAfterDrag(event) });
    },
    onPointerUp: (event: PointerEvent<HTMLButtonElement>) => {
      if (drag.current?.id !== id) return;
      const month = monthAfterDrag(event);
      const from = drag.current.from;
      drag.current = null;
      setPreview(null);
      if (month !== from) onMove(id, month, 'pointer');
    },
    onPointerCancel: () => {
      drag.current = null;
      setPreview(null);
    },
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
      const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (delta === 0) return;
      event.preventDefault();
      const month = clamp(id, starts.get(id)! + delta);
      if (month !== starts.get(id)) onMove(id, month, 'keyboard');
    },
  });

  const columns = `${NAME_WIDTH}px repeat(${months}, minmax(58px, 1fr))`;
  return (
    // Scrolls sideways on a narrow screen: focusable so the keyboard can scroll it too.
    <Box className="roadmap-scroll" tabIndex={0}>
      <VisuallyHidden id="roadmap-help">
        Drag a step sideways, or focus it and press the left or right arrow key, to move it by a month.
      </VisuallyHidden>
      <section
        className="roadmap-grid"
        ref={grid}
        style={{ gridTemplateColumns: columns }}
        aria-label="Roadmap by unit and month"
      >
        <div style={{ display: 'contents' }}>
          <div className="roadmap-head">Unit</div>
          {run.months.map((m, i) => (
            <div key={m} className="roadmap-head roadmap-month">
              {shortMonth(runMonth(run, i))}
            </div>
          ))}
        </div>
        {run.units.map((unit) => {
          const cells = state.cells.get(unit.id)!;
          const lanes = [...starts.keys()].filter((id) => steps.get(id)!.unitIds.includes(unit.id));
          const fixed = run.fixed.filter((f) => f.unitIds.includes(unit.id) && f.endMonth >= 0);
          return (
            <div key={unit.id} style={{ display: 'contents' }}>
              <div style={{ display: 'contents' }}>
                <div className="roadmap-unit">
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {unit.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    capacity {unit.capacity[0]}
                  </Text>
                </div>
                {cells.map((cell, m) => {
                  const color = CELL_COLOR[cell.status];
                  const ratio =
                    cell.ratio === null ? '—' : Number.isFinite(cell.ratio) ? formatPercent(cell.ratio) : '∞';
                  return (
                    <div
                      key={run.months[m]}
                      className="roadmap-cell"
                      data-status={cell.status}
                      data-testid={`cell-${unit.name}-${m}`}
                      title={`${unit.name}, ${runMonth(run, m)}: ${ratio} of capacity (${Math.round(cell.load)} of ${cell.capacity})`}
                      style={{
                        background: cell.load === 0 ? 'transparent' : `var(--mantine-color-${color}-light)`,
                        color:
                          cell.load === 0
                            ? 'var(--mantine-color-dimmed)'
                            : `var(--mantine-color-${color}-light-color)`,
                        fontWeight: cell.status === 'red' ? 700 : 500,
                      }}
                    >
                      {cell.load === 0 ? '·' : ratio}
                      <VisuallyHidden>
                        {` ${unit.name}, ${runMonth(run, m)}: ${Math.round(cell.load)} of ${cell.capacity} change points`}
                      </VisuallyHidden>
                    </div>
                  );
                })}
              </div>
              {fixed.map((f) => (
                <div key={`fixed-${f.stageId}`} style={{ display: 'contents' }}>
                  <div className="roadmap-lane-label" />
                  <div
                    className="roadmap-bar roadmap-bar-fixed"
                    data-short={Math.min(months - 1, f.endMonth) - Math.max(0, f.startMonth) < 1 || undefined}
                    style={{
                      gridColumn: `${Math.max(0, f.startMonth) + 2} / ${Math.min(months - 1, f.endMonth) + 3}`,
                    }}
                  >
                    {f.applicationName} → {f.stageName} (running)
                  </div>
                </div>
              ))}
              {lanes.map((id) => {
                const step = steps.get(id)!;
                const start = preview?.id === id ? preview.month : starts.get(id)!;
                const end = start + step.durationMonths - 1;
                return (
                  <div key={id} style={{ display: 'contents' }}>
                    <div className="roadmap-lane-label" />
                    <div style={{ gridColumn: `${start + 2} / ${end + 3}`, minWidth: 0 }}>
                      <Tooltip
                        label={`${stepName(step)}: ${runMonth(run, start)} – ${runMonth(run, end)}, ${step.changeLoad} a month`}
                      >
                        <button
                          type="button"
                          className="roadmap-bar"
                          data-testid={`bar-${stepName(step)}-${unit.name}`}
                          data-dragging={preview?.id === id || undefined}
                          data-short={step.durationMonths < 2 || undefined}
                          aria-describedby="roadmap-help"
                          aria-label={`${stepName(step)}, starts ${runMonth(run, start)}, ${countNoun(step.durationMonths, 'month')}`}
                          {...barHandlers(id)}
                        >
                          {stepName(step)}
                        </button>
                      </Tooltip>
                    </div>
                  </div>
                );
              })}
            </div>
          );
        })}
      </section>
    </Box>
  );
}
