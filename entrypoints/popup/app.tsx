export function App() {
  return (
    <main>
      <h1>Which SOC?</h1>
    </main>
  );
}
