export default function Home() {
  return <main>安康</main>;
}
