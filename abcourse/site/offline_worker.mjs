// Draws the course's app icons and generates its service worker, for abcourse/site/offline.py,
// which writes a job file and runs: node offline_worker.mjs JOB.json
// step "icons": rasterise the icon's SVG to PNG with resvg (WebAssembly: the same on any machine);
// step "worker": Workbox's generateSW precaches exactly the job's files, each with a revision.
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import process from "node:process";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { generateSW } from "workbox-build";

const require = createRequire(import.meta.url);
/** a maskable icon's picture keeps within the middle 80%, the circle every launcher shows */
const MASKABLE_SAFE_ZONE = 0.8;

/** The icon's SVG with its background run to the edges and its picture inside the safe zone. */
function maskable(svg) {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)[1].split(/\s+/).map(Number);
  const [, , width, height] = viewBox;
  const fill = /<rect[^>]*fill="([^"]+)"/.exec(svg)[1];
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  const shift = ((1 - MASKABLE_SAFE_ZONE) / 2) * width;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${fill}"/>` +
    `<g transform="translate(${shift} ${shift}) scale(${MASKABLE_SAFE_ZONE})">${inner}</g></svg>`
  );
}

async function drawIcons(job) {
  await initWasm(await readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
  const svg = await readFile(job.icon, "utf8");
  for (const icon of job.icons) {
    const source = icon.maskable ? maskable(svg) : svg;
    const image = new Resvg(source, { fitTo: { mode: "width", value: icon.size } }).render();
    await writeFile(path.join(job.outdir, icon.dest), image.asPng());
  }
}

/** A file name as a glob that matches that file alone. */
function literal(file) {
  return file.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}

async function generateWorker(job) {
  const { count, size, warnings } = await generateSW({
    globDirectory: job.outdir,
    globPatterns: job.files.map(literal),
    swDest: path.join(job.outdir, job.worker),
    cacheId: "abcourse",
    // the first worker serves the page that installed it; a new one waits for the learner
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // "?v=…" on the theme's files and "?q=…" on the search page name the same cached file
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: "index.html",
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    runtimeCaching: [
      {
        // a page never saved, opened with no network: the offline page, with links to the saved
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
        handler: "NetworkOnly",
        options: { precacheFallback: { fallbackURL: job.offlinePage } },
      },
    ],
  });
  for (const warning of warnings) process.stderr.write(`${warning}\n`);
  if (count !== job.files.length) {
    throw new Error(`precached ${count} files of the ${job.files.length} listed`);
  }
  process.stdout.write(`${count} files, ${size} bytes\n`);
}

const job = JSON.parse(await readFile(process.argv[2], "utf8"));
if (job.step === "icons") await drawIcons(job);
else await generateWorker(job);
