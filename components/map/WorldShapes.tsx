import { spriteIds, dotRadius, type SpriteShapes, type WorldMapSprite } from "@/lib/map/world-map-sprite";

/**
 * The world drawn from the shapes file (/map/world-….svg): one <use> per group, each colour slot's
 * shapes and dots a group of their own. The stylesheet (world-map.css) colours each <use> by its
 * slot's class, and the copy it draws inherits the colour, so the map recolours with its element's
 * data-s… attributes, with or without JavaScript, as the shapes were in the page.
 */
export function SpritePicture({ sprite }: { sprite: WorldMapSprite }) {
  const href = (id: string) => `${sprite.href}#${id}`;
  return (
    <>
      <use className="map-sphere" href={href(spriteIds.sphere)} />
      <use className="map-neutral" href={href(spriteIds.neutral)} />
      {sprite.shapeSlots.map((slot) => (
        <use key={`shapes-${slot}`} className={`map-shape map-s${slot}`} href={href(spriteIds.shapes(slot))} />
      ))}
      {sprite.dotSlots.map((slot) => (
        <use key={`dots-${slot}`} className={`map-dot map-s${slot}`} href={href(spriteIds.dots(slot, "large"))} />
      ))}
    </>
  );
}

/**
 * The same world with every place a link to its page, for the pointer only, not a tab stop (the
 * search box and the list of places are the keyboard's way in): drawn by the map on /region once its
 * script has read the shapes file. Each dot gets a larger target around it, drawn on top.
 */
export function LinkedShapes({ shapes, regionPath, hitRadius = 9 }: { shapes: SpriteShapes; regionPath: string; hitRadius?: number }) {
  const slots = [...new Set([...shapes.shapes, ...shapes.dots].map((shape) => shape.slot))].sort((a, b) => a - b);
  const href = (code: string) => `${regionPath}${code.toLowerCase()}`;
  return (
    <>
      <path className="map-sphere" d={shapes.sphere} />
      <path className="map-neutral" d={shapes.neutral} />
      {slots.map((slot) => (
        <g key={`shapes-${slot}`} className={`map-shape map-s${slot}`}>
          {shapes.shapes
            .filter((shape) => shape.slot === slot)
            .map((shape) => (
              <a key={shape.code} href={href(shape.code)} tabIndex={-1}>
                <path d={shape.d} />
              </a>
            ))}
        </g>
      ))}
      {slots.map((slot) => (
        <g key={`dots-${slot}`} className={`map-dot map-s${slot}`}>
          {shapes.dots
            .filter((dot) => dot.slot === slot)
            .map((dot) => (
              <circle key={dot.code} cx={dot.x} cy={dot.y} r={dotRadius.large} />
            ))}
        </g>
      ))}
      <g className="map-hit">
        {shapes.dots.map((dot) => (
          <a key={dot.code} href={href(dot.code)} tabIndex={-1}>
            <circle cx={dot.x} cy={dot.y} r={hitRadius} />
          </a>
        ))}
      </g>
    </>
  );
}
