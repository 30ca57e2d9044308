/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The calculators a page embeds, declared by the page before its content renders. */
    islands?: import('./lib/page-islands').PageIslands;
  }
}
