export default function Overview() {
  return (
    <>
      <h1>Overview</h1>
      <p className="lede">Reported losses, troop numbers, equipment and tone over time, by party and by source.</p>
    </>
  );
}
