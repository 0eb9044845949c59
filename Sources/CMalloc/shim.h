// glibc's allocator tuning (mallopt), which Swift's Glibc module does not export. Other C libraries
// (macOS) have no such header; the CLI then leaves the allocator as it is.
#if defined(__linux__)
#include <malloc.h>
#endif
