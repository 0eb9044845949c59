#ifndef CHRONICLE_CLIBXML2_SHIM_H
#define CHRONICLE_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; Foundation on Linux ships its own ICU. A module that sees
// both fails a clean build ("'UErrorCode' has different definitions"), so read the version header
// first and switch the ICU part off before anything else includes it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

/// `xmlFree` is a mutable C global, which Swift 6 refuses to read from concurrent code.
static inline void chronicle_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
