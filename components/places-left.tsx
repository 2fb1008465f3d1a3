export function PlacesLeft({ placesLeft, capacity }: { placesLeft: number; capacity: number }) {
  if (placesLeft === 0) return <span className="places places--full">Complet — liste d&apos;attente</span>;
  const places = placesLeft === 1 ? "place restante" : "places restantes";
  return (
    <span className="places">
      {placesLeft} {places} sur {capacity}
    </span>
  );
}
