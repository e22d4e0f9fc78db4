/** For tests: every way an SVG can run script or reach outside itself that issue 21 names, and a few more. */
export const HOSTILE_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20" onload="alert('load')">
  <script>fetch('/').then((r) => r.text()).then((t) => indexedDB.databases())</script>
  <style>.a { fill: url(https://evil.example/pattern.svg#p) } @import url(https://evil.example/x.css);</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
  <rect id="box" width="40" height="20" fill="url(#g)" onclick="alert('click')"/>
  <circle r="4" style="fill: url('https://evil.example/track.png')"/>
  <foreignObject width="40" height="20"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example/"></iframe></div></foreignObject>
  <image href="https://evil.example/pixel.png" width="1" height="1"/>
  <image xlink:href="javascript:alert(1)" width="1" height="1"/>
  <use href="#box" x="5"/>
  <a href="javascript:alert('a')"><text x="1" y="15">Chart</text></a>
  <animate attributeName="href" to="javascript:alert(2)"/>
  <set attributeName="onmouseover" to="alert(3)"/>
</svg>`;
