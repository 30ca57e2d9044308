/**
 * Runs before first paint (inline in <head>) so the stored theme applies with no flash.
 * Embeds take ?theme=light|dark|auto from their host instead of the stored choice.
 * A saved theme that cannot be read is treated like every other saved value: set aside under a
 * backup key (left in place when the browser has no room for the copy) and `data-theme-lost`
 * set to that key (empty when there is none), so site.ts can tell the reader.
 */
export const themeBoot = `(function(){var d=document.documentElement,k='csp:v1:theme',t=null,s,r,b;try{if(/^\\/embed\\//.test(location.pathname))t=new URLSearchParams(location.search).get('theme');else if((r=(s=localStorage).getItem(k))!==null){try{t=JSON.parse(r)}catch(e){}if(t!=='light'&&t!=='dark'){b='csp:backup:theme:'+Date.now();try{s.setItem(b,r);s.removeItem(k)}catch(e){b=''}d.dataset.themeLost=b}}}catch(e){}if(t==='light'||t==='dark')d.dataset.theme=t})();`;
