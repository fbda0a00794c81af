import { Checkbox, Col, Row, Typography } from 'antd';
import { ROLE_HINTS, ROLE_NAMES, SEPARATED_ROLES } from '../roles.ts';
import type { RoleCode } from '../types.ts';

const ORDER = Object.keys(ROLE_NAMES) as RoleCode[];

/** Role checkboxes; choosing one of the 三员 greys out the other two. */
export function RolePicker({ value = [], onChange, names }: { value?: RoleCode[]; onChange?: (next: RoleCode[]) => void; names?: Partial<Record<RoleCode, string>> }) {
  const separatedChosen = value.find((r) => SEPARATED_ROLES.includes(r));
  return (
    <Checkbox.Group value={value} onChange={(next) => onChange?.(next as RoleCode[])} style={{ width: '100%' }}>
      <Row gutter={[8, 8]}>
        {ORDER.map((code) => {
          const blocked = !!separatedChosen && SEPARATED_ROLES.includes(code) && code !== separatedChosen;
          return (
            <Col span={12} key={code}>
              <Checkbox value={code} disabled={blocked}>
                <span style={{ fontWeight: SEPARATED_ROLES.includes(code) ? 600 : undefined }}>{names?.[code] ?? ROLE_NAMES[code]}</span>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {ROLE_HINTS[code]}
                </Typography.Text>
              </Checkbox>
            </Col>
          );
        })}
      </Row>
    </Checkbox.Group>
  );
}
