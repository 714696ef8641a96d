// The system zlib, for compressing the large text columns of the store.
#include <zlib.h>
