/* A deliberate violation for tests/check_layers.sh: core code that calls
 * into the view (a symbol of libteaser-view.a) and SDL, without including
 * their headers. Never built into teaser. */
struct Ui;
void ui_begin_frame(struct Ui *ui, int w, int h);
unsigned long long SDL_GetTicks64(void);

void layers_violation(struct Ui *ui)
{
    ui_begin_frame(ui, (int)SDL_GetTicks64(), 0);
}
