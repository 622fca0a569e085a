#!/bin/sh
# Makes the pictures in docs/images/ again: the tutorial's screens, played
# headless from its script, and the first page of a gap report of the shipped
# "Moving house" scenario in English and in Dutch, rendered by headless Chromium. `make docs-images`
# runs it; look at every image before committing it.
set -eu
teaser=${1:-build/teaser}
out=docs/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy SOURCE_DATE_EPOCH=1795392000

play() { # LANG SCENARIO DIR
    "$teaser" play --headless --lang "$1" --participant docs --db "$tmp/tutorial.sqlite" \
        --input docs/tutorial/parcel-script.txt --screenshots "$tmp/$3" "$2"
}
play en docs/tutorial/parcel-en.yaml en
play nl docs/tutorial/parcel.yaml nl
cp "$tmp/en/01-intro.png" "$out/tutorial-intro.png"
cp "$tmp/en/02-menu.png" "$out/tutorial-menu.png"
cp "$tmp/en/04-hold.png" "$out/tutorial-hold.png"
cp "$tmp/en/05-hold-rating.png" "$out/tutorial-rating.png"
cp "$tmp/en/06-depot.png" "$out/tutorial-depot.png"
cp "$tmp/en/08-card.png" "$out/tutorial-card.png"
cp "$tmp/nl/08-card.png" "$out/tutorial-card-nl.png"

# Twelve participants of a made-up workshop: each rating of the shipped script
# is moved by a fixed pattern, so the team's answers spread as real ones do.
i=0
while [ $i -lt 12 ]; do
    i=$((i + 1))
    awk -v p=$i '/^rate [0-9]/ { n++; v = $2 + (p * 7 + n * 3) % 3;
                                 if (v < 1) v = 1; if (v > 9) v = 9; $2 = v } { print }' \
        tests/data/script-energy-move.txt >"$tmp/script-$i.txt"
    "$teaser" play --headless --participant "p$i" --workshop "W47 Customer service" \
        --db "$tmp/report.sqlite" --input "$tmp/script-$i.txt" scenarios/energy-move.yaml
done
for lang in en nl; do # the same report in English and in Dutch
    "$teaser" report --db "$tmp/report.sqlite" --scenario scenarios/energy-move.yaml \
        --workshop "W47 Customer service" --lang $lang --format html -o "$tmp/report-$lang.html"
done
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1250 \
    --screenshot="$out/report.png" "file://$tmp/report-en.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1250 \
    --screenshot="$out/report-nl.png" "file://$tmp/report-nl.html" 2>/dev/null
echo "docs/images: made again; look at each before committing"
