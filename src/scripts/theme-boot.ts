/**
 * Runs before first paint (inline in <head>) so the stored theme applies with no flash.
 * Embeds take ?theme=light|dark|auto from their host instead of the stored choice.
 */
export const themeBoot = `(function(){try{var d=document.documentElement,q=new URLSearchParams(location.search).get('theme'),t=/^\\/embed\\//.test(location.pathname)?q:JSON.parse(localStorage.getItem('csp:v1:theme')||'null');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})();`;
