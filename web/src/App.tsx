import { useEffect } from "react";
import { Header } from "./components/Header";
import { AboutPage } from "./pages/AboutPage";
import { LibraryPage } from "./pages/LibraryPage";
import { useAppStore } from "./state/store";

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
    </section>
  );
}

export function App() {
  const path = useAppStore((s) => s.path);
  const syncPath = useAppStore((s) => s.syncPath);
  useEffect(() => {
    window.addEventListener("popstate", syncPath);
    return () => window.removeEventListener("popstate", syncPath);
  }, [syncPath]);
  const page = path === "/" ? <LibraryPage /> : path === "/about" ? <AboutPage /> : <NotFound />;
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
