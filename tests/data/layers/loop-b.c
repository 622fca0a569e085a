/* A deliberate violation for tests/check_layers.sh: the other half of the
 * loop of loop-a.c. Never built into teaser. */
void loop_a(int n);

void loop_b(int n)
{
    if (n > 0)
        loop_a(n - 1);
}
