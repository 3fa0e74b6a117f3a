#!/usr/bin/env node
import '../dist/bin/sunto.js';
