// Node flags of the production server, wherever it is started (npm start, npm run serve, the e2e
// tests, the benchmark), so each runs the server as it is deployed.
//
// V8 otherwise lets its heap grow far past what the app keeps alive: on ten years of data the
// benchmark's server reached 450–510 MB of RSS. Fifty concurrent renders of the heaviest pages
// (/home, /stats) ran within a 128 MB old space at the same throughput (issue 12), so 256 MB
// leaves twice that headroom and keeps the server under its 400 MB budget.
export const SERVER_NODE_FLAGS = ["--max-old-space-size=256"];
