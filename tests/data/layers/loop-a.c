/* A deliberate violation for tests/check_layers.sh: two modules that call
 * each other (with loop-b.c). Never built into teaser. */
void loop_b(int n);

void loop_a(int n)
{
    if (n > 0)
        loop_b(n - 1);
}
