/* cmocka's assert_float_equal compares floats; figures here need doubles. */
#ifndef TEASER_TEST_ASSERT_CLOSE_H
#define TEASER_TEST_ASSERT_CLOSE_H

#include <math.h>

#define assert_close(got, want, eps)                                                               \
    do {                                                                                           \
        double got_ = (got), want_ = (want);                                                       \
        if (!(fabs(got_ - want_) <= (eps)))                                                        \
            fail_msg("%s = %.15g, want %.15g (within %g)", #got, got_, want_, (double)(eps));      \
    } while (0)

#endif
