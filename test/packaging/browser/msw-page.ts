// The MSW page of test/packaging/browser.test.ts, bundled by esbuild in a
// fresh consumer project from the packed tarball: MSW's setupWorker with the
// package's handlers, asked the table of requests every face of the mock is
// asked (test/support/mock-table.ts) with the page's fetch, and one of them
// with axios, which uses XMLHttpRequest in a browser.
import axios from 'axios';
import { setupWorker } from 'msw/browser';
import { createSmhHandlers } from 'smh-upload-contract/msw';
import { initOf, mismatches, type Observed, observe, rows, targetOf } from '../../support/mock-table.ts';

/** A foreign origin: only the service worker can answer it, the machine is offline. */
const API = 'https://api.tencentsmh.cn';

export interface Answered {
  name: string;
  /** Where the row was asked. */
  url: string;
  observed: Observed;
  mismatches: string[];
}

export interface SmhPage {
  /** Resolves once the worker controls the page. */
  ready: Promise<{ serviceWorker: boolean }>;
  /** Asks every named row with fetch. */
  fetchRows(names: string[]): Promise<Answered[]>;
  /** Asks the named row with axios. */
  axiosRow(name: string): Promise<Answered>;
  /** A request no handler matches: MSW passes it on to the network. */
  unhandled(url: string): Promise<string>;
}

declare global {
  interface Window {
    smhPage: SmhPage;
  }
}

const worker = setupWorker(...createSmhHandlers({ baseUrl: API }));

const rowNamed = (name: string) => {
  const row = rows.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`no row named ${name}`);
  return row;
};

const page: SmhPage = {
  ready: worker
    .start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true })
    .then((registration) => ({ serviceWorker: registration !== undefined && navigator.serviceWorker.controller !== null })),

  fetchRows: (names) =>
    Promise.all(
      names.map(async (name) => {
        const row = rowNamed(name);
        const url = `${API}${targetOf(row)}`;
        const observed = await observe(await fetch(url, initOf(row)));
        return { name, url, observed, mismatches: mismatches(row, observed) };
      }),
    ),

  async axiosRow(name) {
    const row = rowNamed(name);
    const { method = 'GET', headers = {} } = row;
    const url = `${API}${targetOf(row)}`;
    const answer = await axios.request<string>({
      url,
      method,
      headers,
      responseType: 'text',
      transformResponse: (text) => text,
      validateStatus: () => true,
    });
    if (!(answer.request instanceof XMLHttpRequest)) throw new Error('axios did not use XMLHttpRequest');
    // What a client reads, read the way the other faces' answers are read.
    const received = new Headers(Object.entries(answer.headers).map(([header, value]): [string, string] => [header, String(value)]));
    const observed = await observe(new Response(answer.data || null, { status: answer.status, headers: received }));
    return { name, url, observed, mismatches: mismatches(row, observed) };
  },

  unhandled: (url) =>
    fetch(url).then(
      (response) => `answered ${response.status}`,
      (error: Error) => `failed: ${error.message}`,
    ),
};

window.smhPage = page;
