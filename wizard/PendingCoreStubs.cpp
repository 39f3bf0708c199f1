// Built only while core/actions/Extractor.cpp is missing on this branch (see CMakeLists.txt):
// Extractor.h declares an out-of-line destructor that its implementation (another branch)
// defines; without it nothing that pulls in core's moc objects links. Gone after the merge.
#include "actions/Extractor.h"

gpusetup::Extractor::~Extractor() = default;
