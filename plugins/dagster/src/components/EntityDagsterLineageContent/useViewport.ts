import { RefObject, useCallback, useEffect, useState } from 'react';
import type { Box } from './lineageModel';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 3;
const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/**
 * Pan and zoom of an SVG: drag to pan, wheel to zoom around the pointer,
 * plus fit, centre and step zoom for the buttons.
 */
export function useViewport(
  svgRef: RefObject<SVGSVGElement>,
  size: { width: number; height: number },
  /** True once the SVG is in the DOM, so the wheel listener can attach. */
  mounted: boolean,
) {
  const [transform, setTransform] = useState<Transform>({ x: 0, y: 0, k: 1 });
  const [drag, setDrag] = useState<{ x: number; y: number }>();

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return undefined;
    // Native listener, because React's wheel listener is passive and the
    // page would scroll along with the zoom.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = svg.getBoundingClientRect();
      const px = event.clientX - rect.left;
      const py = event.clientY - rect.top;
      setTransform(t => {
        const k = clampZoom(t.k * Math.exp(-event.deltaY / 500));
        return {
          k,
          x: px - ((px - t.x) * k) / t.k,
          y: py - ((py - t.y) * k) / t.k,
        };
      });
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, mounted]);

  const zoomBy = useCallback(
    (factor: number) =>
      setTransform(t => {
        const k = clampZoom(t.k * factor);
        const cx = size.width / 2;
        const cy = size.height / 2;
        return {
          k,
          x: cx - ((cx - t.x) * k) / t.k,
          y: cy - ((cy - t.y) * k) / t.k,
        };
      }),
    [size],
  );

  const fit = useCallback(
    (content: { width: number; height: number }) => {
      const k = clampZoom(
        Math.min(
          1,
          (size.width * 0.95) / Math.max(1, content.width),
          (size.height * 0.95) / Math.max(1, content.height),
        ),
      );
      setTransform({
        k,
        x: (size.width - content.width * k) / 2,
        y: (size.height - content.height * k) / 2,
      });
    },
    [size],
  );

  const centreOn = useCallback(
    (point: { x: number; y: number }) =>
      setTransform(t => ({
        k: t.k,
        x: size.width / 2 - point.x * t.k,
        y: size.height / 2 - point.y * t.k,
      })),
    [size],
  );

  const visible: Box = {
    minX: -transform.x / transform.k,
    minY: -transform.y / transform.k,
    maxX: (size.width - transform.x) / transform.k,
    maxY: (size.height - transform.y) / transform.k,
  };

  const panHandlers = {
    onMouseDown: (event: React.MouseEvent) => {
      if (event.button === 0) setDrag({ x: event.clientX, y: event.clientY });
    },
    onMouseMove: (event: React.MouseEvent) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      setDrag({ x: event.clientX, y: event.clientY });
      setTransform(t => ({ ...t, x: t.x + dx, y: t.y + dy }));
    },
    onMouseUp: () => setDrag(undefined),
    onMouseLeave: () => setDrag(undefined),
  };

  return {
    transform,
    visible,
    zoomBy,
    fit,
    centreOn,
    panHandlers,
    dragging: !!drag,
  };
}
