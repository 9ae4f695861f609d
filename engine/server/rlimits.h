#pragma once

namespace novbe {

// Raises the soft open-file limit to the hard limit (every device holds a
// connection; the usual soft limit of 1024 is too low for a large centre).
// Returns the soft limit in force afterwards.
long raiseOpenFileLimit();

} // namespace novbe
