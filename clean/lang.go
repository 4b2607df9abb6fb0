package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language detection by script, then by stopwords: enough to route a
// document to the right rules, with no model to load. "" when the text is
// too short or unlike any of the languages known here.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "that", "is", "was", "for", "on", "with", "as", "by", "it", "from", "have", "has", "are", "were", "said"},
	"fr": {"le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "pour", "dans", "qui", "sur", "pas", "au", "avec", "ont", "été"},
	"de": {"der", "die", "und", "das", "den", "ist", "nicht", "mit", "von", "sich", "auf", "für", "ein", "eine", "dem", "des", "wurde", "auch"},
	"es": {"el", "la", "los", "las", "y", "que", "de", "en", "por", "con", "para", "una", "del", "se", "fue", "al", "como", "más"},
	"tr": {"ve", "bir", "bu", "ile", "için", "da", "de", "olarak", "çok", "daha", "ama", "gibi", "olan", "sonra", "kadar", "ise", "değil"},
	"az": {"və", "bir", "bu", "ilə", "üçün", "da", "də", "olan", "edib", "qeyd", "etdi", "isə", "ki", "daha", "sonra", "görə"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "за", "от", "был", "были", "также", "его", "для", "к", "о", "он"},
	"uk": {"і", "в", "не", "на", "що", "з", "та", "це", "як", "із", "за", "від", "був", "були", "також", "його", "для", "до", "у", "й"},
}

var stopIndex = map[string][]string{}

func init() {
	for lang, ws := range stopwords {
		for _, w := range ws {
			stopIndex[w] = append(stopIndex[w], lang)
		}
	}
}

// langSampleWords is how many words of a text DetectLang reads: enough to
// tell the languages known here apart, and a fixed cost however long the
// article.
const langSampleWords = 150

// sample cuts text after its first n words.
func sample(text string, n int) string {
	words, in := 0, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isAlnum(r) {
			if !in {
				if words == n {
					return text[:i]
				}
				words++
			}
			in = true
		} else {
			in = false
		}
		i += size
	}
	return text
}

// DetectLang returns en, ru, uk, hy, az, tr, fr, de or es, or "".
func DetectLang(text string) string {
	text = sample(text, langSampleWords)
	var latin, cyr, arm, letters int
	for _, r := range text {
		if r < 128 {
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				latin++
				letters++
			}
			continue
		}
		switch {
		case r >= 0x0530 && r <= 0x058F:
			arm++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			continue
		}
		letters++
	}
	if letters < 20 {
		return ""
	}
	switch {
	case arm*2 > letters:
		return "hy"
	case cyr*2 > letters:
		// Letters only Ukrainian has, or only Russian has, settle it fast.
		uk := strings.Count(text, "ї") + strings.Count(text, "є") + strings.Count(text, "ґ") + strings.Count(text, "і")
		ru := strings.Count(text, "ы") + strings.Count(text, "э") + strings.Count(text, "ъ") + strings.Count(text, "ё")
		if uk > ru*2 {
			return "uk"
		}
		if ru > uk*2 {
			return "ru"
		}
		return bestBy(text, "ru", "uk")
	case latin*2 > letters:
		if strings.ContainsRune(text, 'ə') || strings.ContainsRune(text, 'Ə') {
			return "az"
		}
		return bestBy(text, "en", "fr", "de", "es", "tr", "az")
	}
	return ""
}

// bestBy counts the stopwords of each language among the text's words
// and returns the language with most, if it has at least two. Words are
// lower-cased into a buffer, one at a time, so nothing is allocated.
func bestBy(text string, langs ...string) string {
	score := map[string]int{}
	var buf [64]byte
	n := 0
	flush := func() {
		if n > 0 && n <= len(buf) {
			for _, l := range stopIndex[string(buf[:n])] {
				score[l]++
			}
		}
		n = 0
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		if r < utf8.RuneSelf {
			if n < len(buf) {
				buf[n] = byte(r) | 0x20
			}
			n++
			continue
		}
		lr := unicode.ToLower(r)
		if n+utf8.RuneLen(lr) <= len(buf) {
			utf8.EncodeRune(buf[n:], lr)
		}
		n += utf8.RuneLen(lr)
	}
	flush()
	best, bestN := "", 0
	for _, l := range langs {
		if score[l] > bestN {
			best, bestN = l, score[l]
		}
	}
	if bestN < 2 {
		return ""
	}
	return best
}
