package profiles

import "embed"

// FS holds the profile folders, each at the root ("karabakh-2020/profile.json").
//
//go:embed karabakh-2020 ukraine-2022
var FS embed.FS
