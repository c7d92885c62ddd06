/** What `help` prints (and the CLI at start). */
export const HELP = `Commands (options are name:value; a value runs to the next name: — quote it to be safe):
  /COMMAND [group] [sub] option:value …   any slash command, e.g. /video prompt:a fox in the snow duration:5 image1:sample:cat.png
  as NAME …                      do it as another member (alice is a moderator; bob and carol are members)
  post [text:…] [image:FILE]… [file:FILE]… [embed:URL]…   post a message as a member
  animate [MSG] [prompt:… aspect_ratio:… duration:… seed:…]   Apps → Animate with clipcast on a message (default: the last post)
  press LABEL [on MSG] [field:value …]   press a button (reroll, same, edit, delete, cancel are shortcuts)
  fill field:value …             submit the form that is open
  fault failed [REASON] | safety | 410 | 429 [N] | discord-429 [N] | slow MS | off
  render SECONDS                 how long renders take    wait [DURATION]   let time pass (until every job ends)
  show MSG | users | help | quit
FILE is a path, or a built-in sample:cat.png, sample:dog.jpg, sample:bird.png, sample:clip.mp4, sample:notes.txt, sample:blob.
MSG is the last digits of a message id as printed (e.g. 4f21ab).`;
