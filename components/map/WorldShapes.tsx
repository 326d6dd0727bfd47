import { spriteIds, type WorldMapSprite } from "@/lib/map/world-map-sprite";

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
