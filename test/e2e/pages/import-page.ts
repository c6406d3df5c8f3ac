import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export type SettingName = 'kind' | 'preset' | 'encoding' | 'delimiter';

export type CountName = 'rowsRead' | 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'warnings';

/** The Import view: files in, how each is read and mapped, the import, its summary and history. */
export class ImportPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly dropZone: Locator;
  readonly chooseButton: Locator;
  readonly tabs: Locator;
  readonly panel: Locator;
  readonly problems: Locator;
  readonly preview: Locator;
  readonly keptColumns: Locator;
  readonly runBar: Locator;
  readonly importButton: Locator;
  readonly cancelButton: Locator;
  readonly progressText: Locator;
  readonly summary: Locator;
  readonly history: Locator;
  readonly historyTable: Locator;
  readonly undoDialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('import');
    this.title = this.root.locator('.view-title');
    this.dropZone = page.getByTestId('drop-zone');
    this.chooseButton = page.getByTestId('choose-files');
    this.tabs = page.getByTestId('staged-files').getByRole('tab');
    this.panel = page.getByTestId('file-panel');
    this.problems = this.panel.getByTestId('problems').locator('[data-code]');
    this.preview = this.panel.getByTestId('preview');
    this.keptColumns = this.panel.getByTestId('kept-columns');
    this.runBar = page.getByTestId('run-bar');
    this.importButton = page.getByTestId('import-button');
    this.cancelButton = page.getByTestId('cancel-import');
    this.progressText = page.getByTestId('run-progress-text');
    this.summary = page.getByTestId('import-summary');
    this.history = page.getByTestId('import-history');
    this.historyTable = page.getByTestId('history-table');
    this.undoDialog = page.getByTestId('undo-dialog');
  }

  /** Opens the view from the navigation and waits for its history. */
  async open(): Promise<void> {
    await this.page.locator('nav a[data-view="import"]').click();
    await expect(this.root).toBeVisible();
    await expect(this.history).toHaveAttribute('aria-busy', 'false');
  }

  /**
   * Adds files through "Choose files…". In a browser there is no system dialog, so the page's own
   * picker opens: the same path an analyst takes.
   */
  async addFiles(paths: readonly string[]): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.chooseButton.click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([...paths]);
  }

  /**
   * Drops files onto the view as a file manager would: the page receives them as File objects and
   * hands their bytes over, just as with a real drag and drop.
   */
  async dropFiles(paths: readonly string[]): Promise<void> {
    const files = paths.map((path) => ({
      name: basename(path),
      base64: readFileSync(path).toString('base64'),
    }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      // Runs in the page; these tests compile without the DOM's types.
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): unknown } };
        File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
        atob(data: string): string;
      };
      const transfer = new page.DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(page.atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new page.File([bytes], file.name, { type: 'text/csv' }));
      }
      return transfer;
    }, files);
    await this.root.dispatchEvent('dragenter', { dataTransfer });
    await this.root.dispatchEvent('dragover', { dataTransfer });
    await expect(this.root).toHaveClass(/is-dragging/);
    await this.root.dispatchEvent('drop', { dataTransfer });
    await expect(this.root).not.toHaveClass(/is-dragging/);
  }

  tab(fileName: string): Locator {
    return this.page.getByTestId('staged-files').locator(`[data-file="${fileName}"]`);
  }

  /** Selects a waiting file and waits until the engine has read it. */
  async show(fileName: string): Promise<void> {
    await this.tab(fileName).click();
    await this.waitUntilInspected(fileName);
  }

  async waitUntilInspected(fileName: string): Promise<void> {
    await expect(this.tab(fileName)).not.toHaveAttribute('data-state', 'busy');
    await expect(this.panel).toHaveAttribute('data-file', fileName);
    await expect(this.panel.locator('.file-body')).toHaveAttribute('aria-busy', 'false');
  }

  setting(name: SettingName): Locator {
    return this.panel.getByTestId(`setting-${name}`);
  }

  settingHint(name: SettingName): Locator {
    return this.panel.getByTestId(`setting-${name}-hint`);
  }

  mappingRow(field: string): Locator {
    return this.panel.locator(`.mapping-row[data-field="${field}"]`);
  }

  mappingSelect(field: string): Locator {
    return this.mappingRow(field).locator('select');
  }

  previewColumn(header: string): Locator {
    return this.preview.locator(`thead th[data-column="${header}"]`);
  }

  previewRow(line: number): Locator {
    return this.preview.locator(`tbody tr[data-line="${line}"]`);
  }

  problem(code: string): Locator {
    return this.panel.getByTestId('problems').locator(`[data-code="${code}"]`);
  }

  outcome(fileName: string): Locator {
    return this.summary.locator(`.outcome[data-file="${fileName}"]`);
  }

  /** One count of a file's outcome, as the exact number behind it. */
  async count(fileName: string, name: CountName): Promise<number> {
    const cell = this.outcome(fileName).locator(`[data-count="${name}"]`);
    return Number(await cell.getAttribute('data-value'));
  }

  historyRow(fileName: string): Locator {
    return this.historyTable
      .locator('[role="row"][data-key]')
      .filter({ hasText: fileName })
      .first();
  }

  /** Undoes the newest run of a file through its confirmation dialog. */
  async undo(fileName: string): Promise<void> {
    await this.historyRow(fileName).getByTestId('undo-run').click();
    await expect(this.undoDialog).toBeVisible();
    await this.undoDialog.getByTestId('confirm-undo').click();
    await expect(this.undoDialog).toHaveCount(0);
  }
}
