import { Route, Routes, useParams } from 'react-router-dom';
import { NotFoundPage } from '../errors.tsx';
import { ItemEditorPage } from './item-editor.tsx';
import { ItemListPage } from './item-list.tsx';

function ItemEditorRoute() {
  const { id } = useParams();
  // A fresh editor for each item: nothing of the previous item's form may linger.
  return <ItemEditorPage key={id} itemId={id ?? null} />;
}

/** 事项清单 (/catalog), 新增事项 (/catalog/items/new) and 事项编辑 (/catalog/items/:id). */
export function CatalogPage() {
  return (
    <Routes>
      <Route index element={<ItemListPage />} />
      <Route path="items/new" element={<ItemEditorPage key="new" itemId={null} />} />
      <Route path="items/:id" element={<ItemEditorRoute />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
