/*
 * The layout wizard of layout.xhtml: the operator lays out a locker, module by module (left to right) and
 * compartment by compartment (top to bottom), and sees it drawn to scale in #layout-svg. Every change is written to
 * the form's hidden field #layout-json, which the page's Check and Save buttons post to the panel.
 *
 * Sizes come from the catalogue the page renders into data-catalogue (from the api's ModuleKind and CompartmentType):
 * this file keeps none of its own. The drawing's unit is the millimetre (the SVG's viewBox), so it is to scale.
 * Loaded as a file of the app (the page's Content-Security-Policy allows 'self'); it adds no inline script or handler.
 */
(function () {
    'use strict';

    const editor = document.getElementById('layout-editor');
    const field = document.getElementById('layout-json');
    if (!editor || !field) {
        return;
    }
    const SVG = 'http://www.w3.org/2000/svg';
    const catalogue = JSON.parse(editor.dataset.catalogue);
    const kinds = new Map(catalogue.modules.map(k => [k.kind, k]));
    const types = new Map(catalogue.compartments.map(t => [t.type, t]));
    const WALL = catalogue.wallMm;
    const PLINTH = catalogue.plinthMm;
    const CABINET = catalogue.cabinetMm;
    const $ = id => document.getElementById(id);

    // The layout being drawn. A compartment keeps the name the operator typed in `custom`; without one it is named
    // by the rule (module letter, number from the top), so names follow every move.
    let modules = read(field.value);
    // What is selected: a module (index) and, within it, a compartment (index) or null.
    let selected = {module: modules.length > 0 ? 0 : null, compartment: null};

    function letter(m) {
        return String.fromCharCode(65 + m);
    }

    function ruleName(m, c) {
        return letter(m) + (c + 1);
    }

    function nameOf(m, c) {
        return modules[m].compartments[c].custom || ruleName(m, c);
    }

    function read(text) {
        try {
            return JSON.parse(text).modules.map((module, m) => ({
                kind: module.kind,
                compartments: (module.compartments || []).map((c, i) => ({
                    type: c.type,
                    custom: c.name && c.name !== ruleName(m, i) ? c.name : null
                }))
            }));
        } catch (e) {
            return [{kind: 'control', compartments: []}];
        }
    }

    function write() {
        field.value = JSON.stringify({
            modules: modules.map((module, m) => ({
                kind: module.kind,
                compartments: module.compartments.map((c, i) => ({name: nameOf(m, i), type: c.type}))
            }))
        });
    }

    function kindOf(module) {
        return kinds.get(module.kind) || {kind: module.kind, widthMm: 400, usableHeightMm: CABINET, description: '?'};
    }

    function heightOf(compartment) {
        const type = types.get(compartment.type);
        return type ? type.heightMm : 100;
    }

    /** The height a module's compartments take with the walls between them. */
    function stack(module) {
        return module.compartments.reduce((sum, c) => sum + heightOf(c), 0)
            + WALL * Math.max(0, module.compartments.length - 1);
    }

    // ---- drawing ----

    function svg(name, attributes, parent) {
        const element = document.createElementNS(SVG, name);
        Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
        if (parent) {
            parent.appendChild(element);
        }
        return element;
    }

    function label(parent, x, y, size, text, cls) {
        const t = svg('text', {x: x, y: y, 'font-size': size, 'text-anchor': 'middle',
            'dominant-baseline': 'central', class: cls || 'label'}, parent);
        t.textContent = text;
        return t;
    }

    function draw() {
        const drawing = $('layout-svg');
        drawing.replaceChildren();
        // inner height drawn: the cabinet, or more where a module overflows it
        const inner = Math.max(CABINET, ...modules.map(stack));
        const height = WALL + inner + PLINTH;
        const width = WALL + modules.reduce((sum, m) => sum + kindOf(m).widthMm + WALL, 0) + (modules.length ? 0 : 400);
        const y = mm => height - mm; // SVG y of a height above the floor
        drawing.setAttribute('viewBox', `0 0 ${width} ${height}`);
        // the cabinet's walls (behind everything) and the plinth
        svg('rect', {x: 0, y: y(PLINTH + CABINET + WALL), width: width, height: CABINET + WALL, class: 'walls'}, drawing);
        svg('rect', {x: 0, y: y(PLINTH), width: width, height: PLINTH, class: 'plinth'}, drawing);
        if (modules.length === 0) {
            label(drawing, width / 2, height / 2, 60, 'Add a module');
        }
        let x = WALL;
        modules.forEach((module, m) => {
            const kind = kindOf(module);
            const w = kind.widthMm;
            const usable = kind.usableHeightMm;
            const over = stack(module) > usable;
            const g = svg('g', {class: 'module' + (selected.module === m ? ' selected' : '') + (over ? ' overflow' : ''),
                'data-letter': letter(m), 'data-module': m, 'data-kind': module.kind, tabindex: 0,
                role: 'button', 'aria-label': `Module ${letter(m)}, ${module.kind}`}, drawing);
            svg('title', {}, g).textContent = `Module ${letter(m)}: ${kind.description}; ${stack(module)} of ${usable} mm taken`;
            // the blind panel: what the compartments leave free up to the usable height (they are drawn over it)
            svg('rect', {x: x, y: y(PLINTH + usable), width: w, height: usable, class: 'blind'}, g);
            if (usable < CABINET) {
                // a control module's screen and keypad, above the height its compartments may take
                svg('rect', {x: x, y: y(PLINTH + CABINET), width: w, height: CABINET - usable - WALL, class: 'screen'}, g);
                label(g, x + w / 2, y(PLINTH + usable + (CABINET - usable) / 2), 50, 'screen \u00b7 keypad', 'label screen-label');
            }
            // compartments from the top of the stack down to the plinth
            let top = PLINTH + stack(module);
            module.compartments.forEach((c, i) => {
                const h = heightOf(c);
                const cls = 'compartment' + (selected.module === m && selected.compartment === i ? ' selected' : '')
                    + (top > PLINTH + usable ? ' overflow' : '') + (types.has(c.type) ? '' : ' unknown');
                const cg = svg('g', {class: cls, 'data-name': nameOf(m, i), 'data-type': c.type, 'data-module': m,
                    'data-index': i, tabindex: 0, role: 'button', 'aria-label': `${nameOf(m, i)}, ${c.type}`}, g);
                svg('rect', {x: x, y: y(top), width: w, height: h}, cg);
                label(cg, x + w / 2, y(top - h / 2), Math.min(70, h * 0.6), `${nameOf(m, i)} \u00b7 ${c.type}`);
                top -= h + WALL;
            });
            label(g, x + w / 2, y(PLINTH / 2), 70, letter(m), 'label module-letter');
            if (over) {
                // how far the compartments go past the usable height, in red
                svg('rect', {x: x, y: y(PLINTH + stack(module)), width: w, height: stack(module) - usable,
                    class: 'overflow-band'}, g);
            }
            x += w + WALL;
        });
    }

    // ---- the tools around the drawing ----

    function fillSelect(select, entries) {
        select.replaceChildren(...entries.map(([value, text, title]) => {
            const option = document.createElement('option');
            option.value = value;
            option.textContent = text;
            option.title = title;
            return option;
        }));
    }

    function buildTools() {
        const kindEntries = catalogue.modules.map(k => [k.kind, `${k.kind} (${k.widthMm} mm)`, k.description]);
        fillSelect($('add-module-kind'), kindEntries);
        $('add-module-kind').value = 'narrow';
        fillSelect($('module-kind'), kindEntries);
        fillSelect($('compartment-type'), catalogue.compartments.map(t =>
            [t.type, `${t.type} (${t.size}, ${t.heightMm} mm)`, t.description]));
        const palette = editor.querySelector('.palette');
        catalogue.compartments.forEach(t => {
            const button = document.createElement('button');
            button.type = 'button';
            button.dataset.type = t.type;
            button.title = t.description;
            button.textContent = `${t.type} \u00b7 ${t.heightMm} mm`;
            palette.appendChild(button);
        });
    }

    /** Writes the field, draws, and sets the tools for what is selected. */
    function changed() {
        write();
        draw();
        const module = selected.module === null ? null : modules[selected.module];
        const compartment = module && selected.compartment !== null ? module.compartments[selected.compartment] : null;
        $('selected-module').textContent = module ? `${letter(selected.module)} (${module.kind})` : 'none';
        $('selected-compartment').textContent = compartment
            ? `${nameOf(selected.module, selected.compartment)} (${compartment.type})` : 'none';
        if (module) {
            $('module-kind').value = module.kind;
        }
        ['module-kind', 'module-delete'].forEach(id => $(id).disabled = !module);
        $('module-left').disabled = !module || selected.module === 0;
        $('module-right').disabled = !module || selected.module === modules.length - 1;
        editor.querySelectorAll('.palette button').forEach(b => b.disabled = !module);
        ['compartment-name', 'compartment-type', 'compartment-delete'].forEach(id => $(id).disabled = !compartment);
        $('compartment-up').disabled = !compartment || selected.compartment === 0;
        $('compartment-down').disabled = !compartment || selected.compartment === module.compartments.length - 1;
        if (compartment) {
            $('compartment-type').value = compartment.type;
            if (document.activeElement !== $('compartment-name')) {
                $('compartment-name').value = nameOf(selected.module, selected.compartment);
            }
        } else {
            $('compartment-name').value = '';
        }
        const count = modules.reduce((sum, m) => sum + m.compartments.length, 0);
        const over = modules.map((m, i) => stack(m) > kindOf(m).usableHeightMm ? letter(i) : null).filter(Boolean);
        $('layout-summary').textContent = `${modules.length} modules, ${count} compartments`
            + (over.length ? `; too full: module ${over.join(', ')}` : '') + '. Check asks the Core for every rule.';
    }

    function swap(list, i, j) {
        [list[i], list[j]] = [list[j], list[i]];
    }

    const actions = {
        'add-module': () => {
            modules.push({kind: $('add-module-kind').value, compartments: []});
            selected = {module: modules.length - 1, compartment: null};
        },
        'module-left': () => {
            swap(modules, selected.module, selected.module - 1);
            selected = {module: selected.module - 1, compartment: null};
        },
        'module-right': () => {
            swap(modules, selected.module, selected.module + 1);
            selected = {module: selected.module + 1, compartment: null};
        },
        'module-delete': () => {
            modules.splice(selected.module, 1);
            selected = {module: modules.length ? Math.min(selected.module, modules.length - 1) : null, compartment: null};
        },
        'compartment-up': () => {
            swap(modules[selected.module].compartments, selected.compartment, selected.compartment - 1);
            selected.compartment--;
        },
        'compartment-down': () => {
            swap(modules[selected.module].compartments, selected.compartment, selected.compartment + 1);
            selected.compartment++;
        },
        'compartment-delete': () => {
            modules[selected.module].compartments.splice(selected.compartment, 1);
            selected.compartment = null;
        }
    };

    function select(target) {
        const element = target.closest('.compartment, .module');
        if (!element) {
            return;
        }
        selected = {module: Number(element.dataset.module),
            compartment: element.classList.contains('compartment') ? Number(element.dataset.index) : null};
        changed();
        // keep the keyboard where it was: the drawing is new after every change
        const again = element.classList.contains('compartment')
            ? $('layout-svg').querySelector(`.compartment[data-module="${selected.module}"][data-index="${selected.compartment}"]`)
            : $('layout-svg').querySelector(`.module[data-module="${selected.module}"]`);
        if (again) {
            again.focus();
        }
    }

    function wire() {
        Object.entries(actions).forEach(([id, action]) => $(id).addEventListener('click', () => {
            action();
            changed();
        }));
        editor.querySelector('.palette').addEventListener('click', event => {
            const button = event.target.closest('button[data-type]');
            if (!button || selected.module === null) {
                return;
            }
            const compartments = modules[selected.module].compartments;
            compartments.push({type: button.dataset.type, custom: null});
            selected.compartment = compartments.length - 1;
            changed();
        });
        $('module-kind').addEventListener('change', event => {
            modules[selected.module].kind = event.target.value;
            changed();
        });
        $('compartment-type').addEventListener('change', event => {
            modules[selected.module].compartments[selected.compartment].type = event.target.value;
            changed();
        });
        // a name other than the rule's is kept as typed; the Core's check names it as a problem
        const rename = event => {
            const name = event.target.value.trim();
            modules[selected.module].compartments[selected.compartment].custom =
                name && name !== ruleName(selected.module, selected.compartment) ? name : null;
            changed();
        };
        // 'change' too: a field cleared by a script (a test's clear()) may send no 'input'
        $('compartment-name').addEventListener('input', rename);
        $('compartment-name').addEventListener('change', rename);
        const drawing = $('layout-svg');
        drawing.addEventListener('click', event => select(event.target));
        drawing.addEventListener('keydown', event => {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                select(event.target);
            }
        });
    }

    buildTools();
    wire();
    changed();
})();
